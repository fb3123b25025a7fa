// Files the search page fetches only when it needs them (filters, communes, vocabulary): each once per visit.

/** A JSON file of the built site; an error naming it when it does not come. */
export async function lireJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} : ${r.status}`);
  return (await r.json()) as T;
}

/** `f` run once, on first call (the page's base path is the same for every call); again after a failure. */
export function uneFois<A extends unknown[], T>(f: (...a: A) => Promise<T>): (...a: A) => Promise<T> {
  let promesse: Promise<T> | undefined;
  return (...a) => {
    promesse ??= f(...a);
    promesse.catch(() => (promesse = undefined));
    return promesse;
  };
}
