/** Word tables for the synthetic benchmark content (bench/synthetic.ts). */
import type { EventType } from '../src/model/schema/index.ts';

/**
 * Title templates. Placeholders: {p} {q} provider names, {pz} {qz} their Chinese names,
 * {m} a model of {p}, {r} {rz} a region, {code} a product code name, {topic}, {n} a number.
 */
export const EN_TEMPLATES: [EventType, string][] = [
  ['restriction', '{p} blocks API access from {r} citing {topic}'],
  ['restriction', '{p} tells developers in {r} their {m} API keys will stop working'],
  ['restriction', '{r} regulator orders {p} to suspend {m} over {topic}'],
  ['lifting', '{p} restores {m} API access for developers in {r}'],
  ['lifting', '{r} lifts temporary ban on {p} after {topic} review'],
  ['incentive', '{p} offers {n} million free {m} tokens to developers leaving {q}'],
  ['incentive', '{p} cuts {m} prices by {n}% for enterprise customers in {r}'],
  ['incentive', '{p} launches {code} migration program for {q} API users'],
  ['policy', '{r} publishes draft rules on {topic} for generative AI services'],
  ['policy', '{r} adds {topic} requirements to AI model licensing'],
  ['enforcement', '{r} fines {p} over {topic} in its {m} chatbot'],
  ['enforcement', '{p} enforces {r} block on {q} traffic routed through proxies'],
  ['availability', '{p} makes {m} available in {r} through {code} partnership'],
  ['availability', '{p} adds {r} to supported countries for the {m} API'],
  ['report', 'Report: developers in {r} switch from {q} to {p} {m} after {topic} concerns'],
  ['report', 'Survey finds {n}% of startups in {r} rely on {p} APIs via {code}'],
];

export const ZH_TEMPLATES: [EventType, string][] = [
  ['incentive', '{pz}宣布{m}降价{n}%'],
  ['incentive', '{pz}向{q}用户提供{n}万免费tokens'],
  ['restriction', '{rz}监管机构要求{pz}暂停{m}服务'],
  ['availability', '{pz}在{rz}上线{m} API'],
  ['policy', '{rz}发布生成式人工智能服务管理办法'],
  ['lifting', '{pz}恢复{rz}开发者的API访问'],
];

export const TOPICS = [
  'data protection', 'export controls', 'national security', 'content labelling', 'age verification',
  'copyright complaints', 'election integrity', 'cross-border data transfer', 'sanctions compliance',
  'misinformation', 'child safety', 'algorithm registration', 'security assessment', 'chip shortages',
  'pricing disputes', 'service outages', 'privacy investigation', 'model transparency', 'user consent',
  'deepfake rules', 'cybersecurity review', 'local hosting requirements', 'training data provenance',
];

export const REGIONS = ['CN', 'HK', 'MO', 'RU', 'IR', 'KP', 'SY', 'CU', 'VE', 'BY', 'IT', 'DE', 'FR', 'ES', 'US', 'GB', 'JP', 'KR', 'SG', 'IN', 'BR', 'AE', 'SA', 'VN', 'ID', 'TR', 'EU', 'global'];

export const PUBLISHERS = ['Reuters', 'The Register', 'TechCrunch', 'South China Morning Post', 'Caixin', '36Kr', 'The Verge', 'Nikkei Asia', 'Securities Times', 'Bloomberg'];

/** Syllables for product and programme code names ("Kavori", "Zentrix"). */
export const SYLLABLES = ['ka', 'vo', 'ri', 'zen', 'trix', 'lu', 'mi', 'nor', 'sa', 'tel', 'qua', 'dra', 'fen', 'xo', 'pha', 'ly', 'bor', 'cen', 'dai', 'eon', 'gal', 'hex', 'ion', 'jun', 'kel', 'mor', 'nex', 'oro', 'pol', 'rin'];
