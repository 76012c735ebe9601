/**
 * Schema of config/reporting.yaml: how often counties report (monthly or quarterly), the first
 * round, the day a round closes in the month after its period, the grace period before an overdue
 * or blocked measure is flagged red, and when amber reminders start. Chinese messages name the key
 * and the rule.
 */
import { z } from 'zod';
import type { ReportingSettings } from './reporting.types.ts';

const FIRST_ROUND = { monthly: /^\d{4}-(0[1-9]|1[0-2])$/, quarterly: /^\d{4}-Q[1-4]$/ } as const;

export const reportingConfigSchema = z
  .strictObject({
    version: z.literal(1, { error: () => 'version 应为 1' }),
    rounds: z.strictObject({
      frequency: z.enum(['monthly', 'quarterly'], {
        error: (iss) =>
          `frequency 取值“${String(iss.input)}”无效，应为 monthly（按月）或 quarterly（按季度）`,
      }),
      firstRound: z.string({ error: () => 'firstRound 应为文字，例如 "2025-01"（加引号）' }),
      closeDay: z
        .number({ error: () => 'closeDay 应为数字（下月的第几天截止）' })
        .int('closeDay 应为整数')
        .min(1, 'closeDay 不能小于 1')
        .max(28, 'closeDay 不能大于 28（每个月都有的日子）'),
    }),
    escalation: z.strictObject({
      graceDays: z
        .number({ error: () => 'graceDays 应为数字（天数）' })
        .int('graceDays 应为整数天数')
        .min(0, 'graceDays 不能小于 0')
        .max(180, 'graceDays 不能超过 180 天'),
    }),
    reminders: z.strictObject({
      amberDaysBefore: z
        .number({ error: () => 'amberDaysBefore 应为数字（天数）' })
        .int('amberDaysBefore 应为整数天数')
        .min(0, 'amberDaysBefore 不能小于 0')
        .max(30, 'amberDaysBefore 不能超过 30 天'),
    }),
  })
  .superRefine((doc, ctx) => {
    const { frequency, firstRound } = doc.rounds;
    if (!FIRST_ROUND[frequency].test(firstRound)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rounds', 'firstRound'],
        message: `firstRound“${firstRound}”与报送频率不符：${
          frequency === 'monthly' ? '按月报送应形如 2025-01' : '按季度报送应形如 2025-Q1'
        }`,
      });
    }
  });

export type ReportingConfigFile = z.output<typeof reportingConfigSchema>;

export function toReportingSettings(doc: ReportingConfigFile): ReportingSettings {
  return {
    frequency: doc.rounds.frequency,
    firstRound: doc.rounds.firstRound,
    closeDay: doc.rounds.closeDay,
    graceDays: doc.escalation.graceDays,
    amberDays: doc.reminders.amberDaysBefore,
  };
}
