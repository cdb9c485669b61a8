import type { APIRoute } from 'astro';
import { siteMarkSvg } from '../lib/site-mark';

export const GET: APIRoute = () => new Response(siteMarkSvg(32), { headers: { 'content-type': 'image/svg+xml' } });
