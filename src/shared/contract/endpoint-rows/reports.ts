/**
 * Rows of the endpoint table: the reports — figures of a range, exports, the weekly volunteer report and the
 * report readers' settings (src/server/http/routes/reports.ts). Every job runs on the report worker.
 */
import type { FileAnswer } from '../../api';
import { exportQuery, reportQuery, reportSettingsInput, weeklyQuery } from '../../report-schemas';
import type { ReportSettings, ReportSummary, WeeklyReport } from '../../reports';
import { answer, ep, LEADS, none } from '../endpoint-kit';

export const REPORT_ENDPOINTS = {
  reportSummary: ep({
    method: 'GET',
    path: '/api/reports/summary',
    roles: LEADS,
    input: reportQuery,
    answer: answer<ReportSummary>(),
    summary: 'The figures of a range of service days (docs/metrics.md), at most 3 years.',
  }),
  exportCsv: ep({
    method: 'GET',
    path: '/api/reports/export.csv',
    roles: LEADS,
    input: exportQuery,
    answer: answer<FileAnswer>(),
    download: true,
    summary: 'One table of the figures as CSV (UTF-8 with BOM); `table=visits`: every visit (at most 92 days).',
  }),
  exportXlsx: ep({
    method: 'GET',
    path: '/api/reports/export.xlsx',
    roles: LEADS,
    input: exportQuery,
    answer: answer<FileAnswer>(),
    download: true,
    summary: 'Every table of the figures in one workbook; `table=visits`: every visit as its own workbook.',
  }),
  weeklyReport: ep({
    method: 'GET',
    path: '/api/reports/weekly',
    roles: LEADS,
    input: weeklyQuery,
    answer: answer<WeeklyReport>(),
    summary: "The weekly volunteer report of the week (Monday–Sunday) of any day given (default: this week's).",
  }),
  weeklyReportPdf: ep({
    method: 'GET',
    path: '/api/reports/weekly.pdf',
    roles: LEADS,
    input: weeklyQuery,
    answer: answer<FileAnswer>(),
    download: true,
    summary: 'The weekly report as one A4 page.',
  }),
  weeklyReportXlsx: ep({
    method: 'GET',
    path: '/api/reports/weekly.xlsx',
    roles: LEADS,
    input: weeklyQuery,
    answer: answer<FileAnswer>(),
    download: true,
    summary: 'The weekly report as a workbook.',
  }),
  reportSettings: ep({
    method: 'GET',
    path: '/api/reports/settings',
    roles: LEADS,
    input: none,
    answer: answer<ReportSettings>(),
    summary: "The report readers' settings (the Youth Union branch printed on the weekly report).",
  }),
  updateReportSettings: ep({
    method: 'PATCH',
    path: '/api/reports/settings',
    roles: LEADS,
    input: reportSettingsInput,
    answer: answer<ReportSettings>(),
    summary: "Change the report readers' settings (only the fields sent).",
  }),
} as const;
