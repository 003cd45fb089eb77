/**
 * Which access a machine-proposed event concerns, from its words: chips and their export are
 * `hardware`, access through a cloud platform is `cloud`, a consumer chatbot or app is `app`;
 * anything else is a developer `api`. A curator corrects it in review; an app's news is never
 * taken as evidence for its API, so `app` wins over `api` when both are named.
 */
import { SURFACES, type Surface } from '../../../src/model/schema/index.ts';

const CUES: [Surface, RegExp][] = [
  [
    'hardware',
    /\b(?:chips?|gpus?|semiconductors?|h20|h100|h200|h800|a100|blackwell|nvidia|export controls?)\b|芯片|显卡|算力卡|出口管制|晶片/i,
  ],
  ['cloud', /\b(?:azure|bedrock|vertex ai|aws|google cloud|cloud platform)\b|云平台|雲端/i],
  [
    'app',
    /\b(?:apps?|app stores?|chatbot|chatgpt|claude\.ai|gemini app|mobile|consumer)\b|应用|應用|聊天机器人|聊天機器人|下架/i,
  ],
  ['api', /\b(?:api|apis|developers?|tokens?|platform)\b|接口|开发者|開發者|开放平台|开放平台/i],
];

/** The surfaces named in `text`, in schema order; `['api']` when none is named. */
export function inferSurfaces(text: string): Surface[] {
  const found = CUES.filter(([, re]) => re.test(text)).map(([s]) => s);
  return found.length ? SURFACES.filter((s) => found.includes(s)) : ['api'];
}
