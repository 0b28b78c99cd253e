import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { unfreezeStaff } from '../services/unfreeze-staff.ts';
import { StaffSchema } from '../views.ts';

const StaffParams = Type.Object({ id: Type.String({ maxLength: 40 }) }, { additionalProperties: false });

export const staffUnfreezeRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/staff/:id/unfreeze',
    {
      config: { permission: 'staff:manage' },
      schema: {
        tags: ['staff'],
        security: [{ bearer: [] }],
        summary: 'Unfreeze a staff account that an access anomaly froze',
        description:
          'After reviewing the alert (GET /api/admin/privacy/alerts). The account signs in again; its open freeze alerts are resolved.',
        params: StaffParams,
        response: { 200: StaffSchema },
      },
    },
    async (request) => unwrap(await unfreezeStaff(request.ctx, request.params.id)),
  );
};
