// Progressive enhancement: turns the headers of every table.triable into sort buttons.
// Without JavaScript the table stays complete and readable in its original order.
const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

function valeur(ligne, index, type) {
  const cellule = ligne.children[index];
  if (!cellule) return '';
  return type === 'nombre' ? Number(cellule.dataset.valeur ?? cellule.textContent) : cellule.textContent.trim();
}

for (const table of document.querySelectorAll('table.triable')) {
  const entetes = [...table.tHead.rows[0].cells];
  const corps = table.tBodies[0];
  const aide = table.querySelector('.tri-aide');
  if (aide) aide.textContent = ' (cliquez sur un en-tête de colonne pour trier)';
  entetes.forEach((th, index) => {
    const bouton = document.createElement('button');
    bouton.type = 'button';
    bouton.className = 'tri';
    bouton.textContent = th.textContent;
    th.textContent = '';
    th.append(bouton);
    bouton.addEventListener('click', () => {
      const croissant = th.getAttribute('aria-sort') !== 'ascending';
      for (const autre of entetes) autre.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', croissant ? 'ascending' : 'descending');
      const type = th.dataset.type;
      const lignes = [...corps.rows];
      lignes.sort((a, b) => {
        const va = valeur(a, index, type);
        const vb = valeur(b, index, type);
        const ordre = type === 'nombre' ? va - vb : collator.compare(va, vb);
        return croissant ? ordre : -ordre;
      });
      corps.append(...lignes);
    });
  });
}
