import { beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/model/content-dir.ts';
import { loadRuleTables } from '../../scripts/ingest/classify/tables.ts';
import type { RuleTables } from '../../scripts/ingest/classify/tables.ts';
import { triage } from '../../scripts/ingest/classify/classify.ts';
import { toSimplified } from '../../scripts/ingest/classify/chinese.ts';
import { analyze, featuresOf } from '../../scripts/ingest/classify/features.ts';
import { exampleOf } from '../../scripts/ingest/classify/examples.ts';
import { fromFile, parseModelFile, serializeModel } from '../../scripts/ingest/classify/model-file.ts';
import { relevanceProbability, typeProbabilities } from '../../scripts/ingest/classify/model.ts';
import { trainModel } from '../../scripts/ingest/classify/train-model.ts';
import type { LabelledRow } from '../../scripts/ingest/classify/training-data.ts';

let tables: RuleTables;
beforeAll(async () => {
  tables = await loadRuleTables(contentDir());
});

const row = (title: string, relevant: boolean, type?: LabelledRow['type']): LabelledRow => ({
  title,
  summary: '',
  published: '2025-01-01',
  language: /\p{Script=Han}/u.test(title) ? 'zh' : 'en',
  relevant,
  type,
  split: 'dev',
  file: 'test',
});

const TINY = [
  row('OpenAI blocks API access from China', true, 'restriction'),
  row('Anthropic blocks API access from Russia', true, 'restriction'),
  row('OpenAI bans API users in Iran', true, 'restriction'),
  row('Zhipu offers free tokens to OpenAI API users', true, 'incentive'),
  row('Baidu offers free tokens to developers switching API', true, 'incentive'),
  row('DeepSeek offers free tokens for its API', true, 'incentive'),
  row('Local football club wins the cup final', false),
  row('New phone goes on sale with a bigger battery', false),
  row('City council approves a new bus route', false),
  row('Football club signs a new striker', false),
  row('Phone maker reports a bigger quarterly profit', false),
  row('Bus drivers strike over pay in the city', false),
];

const train = () =>
  trainModel(
    TINY.map((r) => exampleOf(r, tables)),
    { thresholds: { candidate: 0.5, possible: 0.2 } },
  );
const features = (title: string) => featuresOf(analyze(title, '', tables));

describe('the relevance and type model', () => {
  test('trained on a tiny set, it separates obvious unseen cases', () => {
    const model = fromFile(train());
    expect(relevanceProbability(model, features('Google blocks API access from Iran'))).toBeGreaterThan(0.6);
    expect(relevanceProbability(model, features('Football club wins the league on the final day'))).toBeLessThan(0.4);
    const p = typeProbabilities(model, features('Moonshot offers free tokens to API users'));
    expect(model.type.classes[p.indexOf(Math.max(...p))]).toBe('incentive');
  });

  test('the same rows give a byte-identical model file', () => {
    expect(serializeModel(train())).toBe(serializeModel(train()));
  });

  test('the written file reads back to the same model', () => {
    const text = serializeModel(train());
    expect(serializeModel(parseModelFile(text, 'test'))).toBe(text);
  });

  test('a malformed model file is an error naming the file', () => {
    expect(() => parseModelFile('{"version": 2}', 'model.json')).toThrow(/model\.json: .*npm run train/);
  });
});

describe('traditional Chinese', () => {
  test('is converted to simplified, with Taiwanese phrases', () => {
    expect(toSimplified('微軟將停止向中國大陸個人開發者提供服務')).toBe('微软将停止向中国大陆个人开发者提供服务');
    // 輝達 is Taiwan's name for Nvidia: the phrase table gives the mainland one
    expect(toSimplified('輝達人工智慧晶片')).toBe('英伟达人工智能芯片');
  });

  test('matches the simplified rule tables after conversion', () => {
    const a = analyze(toSimplified('OpenAI宣佈封鎖中國大陸的API存取'), '', tables);
    expect(a.signals.map((s) => s.term)).toContain('封锁');
    expect(a.regions).toContain('CN');
    expect(a.providers).toContain('openai');
  });

  test('leaves English text as it is', () => {
    expect(toSimplified('OpenAI blocks China')).toBe('OpenAI blocks China');
  });
});

describe('rule cues', () => {
  test.each([
    ['"bar" alone', 'Lawmakers move to bar Chinese AI apps from government phones', 'bar'],
    ['"bars"', 'State bars DeepSeek on official devices', 'bars'],
    ['"stops serving"', 'Cloud provider stops serving AI customers in Russia', 'stops serving'],
    ['"closes the door"', 'Anthropic closes the door on Chinese-owned companies', 'closes the door'],
    ['"becomes available"', 'Claude becomes available in Europe', 'becomes available'],
    ['"goes global"', 'Doubao goes global', 'goes global'],
    ['"forbids"', 'Ministry forbids staff from using AI chatbots', 'forbids'],
    ['"tells staff"', 'Bank tells staff not to use ChatGPT', 'tells staff'],
  ])('finds %s', (_name, title, term) => {
    expect(analyze(title, '', tables).signals.map((s) => s.term)).toContain(term);
  });

  test('names a hard-negative class as a feature', () => {
    expect(features('Conference bans AI-written papers')).toContain('n:conference');
    expect(features('China bans Micron memory chips')).toContain('n:memory_chips');
  });
});

describe('triage', () => {
  const t = { candidate: 0.6, possible: 0.2 };
  const cue = [{ term: 'ban', value: { row: 'ban{,s}', weight: 2 }, start: 0, end: 1 }];
  const ai = { excluded: false, context: ['AI'], signals: cue };
  test.each([
    ['a high score with an AI context is a candidate', 0.8, ai, 'candidate'],
    ['a score between the cuts with an AI context and a cue is possible', 0.25, ai, 'possible'],
    [
      'without a cue, the same score is discarded (twice the possible cut needed)',
      0.25,
      { ...ai, signals: [] },
      'discard',
    ],
    ['without a cue, twice the possible cut is possible', 0.45, { ...ai, signals: [] }, 'possible'],
    ['a score below the possible cut is discarded', 0.1, ai, 'discard'],
    ['no AI context is discarded whatever the score', 0.9, { ...ai, context: [] }, 'discard'],
    ['an excluded topic is discarded whatever the score', 0.9, { ...ai, excluded: true }, 'discard'],
  ] as const)('%s', (_name, score, a, outcome) => {
    expect(triage(score, { excluded: a.excluded, context: [...a.context], signals: [...a.signals] }, t)).toBe(outcome);
  });
});
