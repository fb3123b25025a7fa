import { lien, urlAbsolue } from '../lib/site/liens.ts';

export function GET() {
  const plan = urlAbsolue(lien('sitemap.xml'));
  return new Response(`User-agent: *\nAllow: /\n${plan ? `Sitemap: ${plan}\n` : ''}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
