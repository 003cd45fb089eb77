import { expect, test } from 'vitest';
import type { Cell } from '../../model/availability.ts';
import { cellDetail, countryTitle, localDate, statusLabel } from './view.ts';

const blocked = {
  provider: 'openai',
  region: 'CN',
  status: 'blocked',
  record: { region: 'CN', surface: 'api', status: 'blocked', since: '2024-07-09', since_precision: 'day' },
} as unknown as Cell;
const listed = {
  provider: 'anthropic',
  region: 'FR',
  status: 'not-supported',
  record: { region: 'FR', surface: 'api', status: 'not-supported', checked: '2026-11-28', since_precision: 'day' },
} as unknown as Cell;

test('dates in each language', () => {
  expect(localDate('en', '2024-07-09')).toBe('9 July 2024');
  expect(localDate('zh', '2024-07-09')).toBe('2024年7月9日');
  expect(localDate('zh', '2024-07-09', 'month')).toBe('2024年7月');
});

test('a cell says its status, since when and when the list was checked, in the page language', () => {
  expect(cellDetail('en', blocked, 'OpenAI')).toBe('Blocked since 9 July 2024');
  expect(cellDetail('en', listed, 'Anthropic')).toBe(
    "Not supported (not on Anthropic's list, checked 28 November 2026)",
  );
  expect(cellDetail('zh', blocked, 'OpenAI')).toBe('封锁，自 2024年7月9日 起');
  expect(cellDetail('zh', listed, 'Anthropic')).toBe('不支持，核对于 2026年11月28日');
  expect(countryTitle('zh', blocked, 'OpenAI')).toMatch(/^中国.*：封锁/);
  expect(statusLabel('zh', 'available')).toBe('可用');
});
