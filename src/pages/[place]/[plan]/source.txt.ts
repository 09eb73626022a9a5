/** /<place>/<plan>/source.txt: the seed file of the plan, byte for byte. */
import type { APIRoute } from 'astro';
import { planStaticPaths, type PlanModel } from '../../../lib/data.ts';
import { sourceBytes } from '../../../lib/source-file.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: PlanModel }> = ({ props }) =>
  new Response(new Uint8Array(sourceBytes(props.plan)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
