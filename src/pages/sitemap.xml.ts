import { donnees } from '../lib/site/donnees.ts';
import { pagesDuSite } from '../lib/publication/plan.ts';
import { lien, urlAbsolue } from '../lib/site/liens.ts';

// Without a site URL a sitemap cannot hold absolute addresses: it then lists root-relative paths for the checks only.
export function GET() {
  const urls = pagesDuSite(donnees()).map((p) => urlAbsolue(lien(p)) ?? lien(p));
  const corps = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${u}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(corps, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
