import type { FastifyInstance } from 'fastify';
import { reportRangeQuery } from '../../../shared/schemas';
import { reportSummary } from '../../reports/summary';
import { requireRole } from '../auth';
import { parse } from '../parse';
import type { RouteContext } from '../context';

export function reportRoutes(app: FastifyInstance, { core }: RouteContext): void {
  app.get('/api/reports/summary', { preHandler: requireRole('admin') }, async (request) => {
    const { from, to } = parse(reportRangeQuery, request.query);
    return reportSummary(core.db, from, to);
  });
}
