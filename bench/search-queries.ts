/** The benchmark's queries: one to three words, typos, partial words, Chinese and mixed. */
export const BENCH_QUERIES = [
  // one word
  'openai', 'baidu', 'alibaba', 'zhipu', 'deepseek', 'moonshot', 'qwen', 'ernie', 'glm', 'kimi',
  'block', 'restriction', 'incentive', 'tokens', 'migration', 'china', 'russia', 'italy', 'regulator', 'api',
  // typos
  'ernei', 'zhipo', 'opnai', 'alibba', 'deepsek', 'qwne', 'restricton', 'migraton', 'chian', 'regulater',
  'antrhopic', 'tencnet',
  // partial words (still typing)
  'alib', 'zhi', 'dee', 'mig', 'tok',
  // several words
  'openai china', 'free tokens', 'api access blocked', 'baidu ernie price', 'qwen price cut', 'deepseek italy',
  'export controls', 'zhipu migration program', 'openai block hong kong', 'data protection fine',
  // Chinese and mixed
  '智谱', '百度', '通义', '文心一言', '阿里云', '降价', '免费', '中国', '监管', '月之暗面', '通义千问 降价', '百度 免费',
  'glm 免费', 'openai 中国',
];
