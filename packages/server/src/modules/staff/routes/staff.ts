import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EmailAddress, pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import { MAX_PASSWORD_LENGTH } from '../credentials.ts';
import { createStaff } from '../services/create-staff.ts';
import { listStaff } from '../services/list-staff.ts';
import { updateStaff } from '../services/update-staff.ts';
import { StaffRoleSchema, StaffSchema } from '../views.ts';

const CreateStaffBody = Type.Object(
  {
    email: EmailAddress,
    displayName: Type.String({ minLength: 1, maxLength: 80 }),
    role: StaffRoleSchema,
    password: Type.String({ maxLength: MAX_PASSWORD_LENGTH, description: 'At least 8 characters' }),
  },
  { additionalProperties: false },
);

const UpdateStaffBody = Type.Object(
  {
    role: Type.Optional(StaffRoleSchema),
    // Not 'frozen': only the anomaly rules freeze, and unfreezing is its own audited route.
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  },
  { additionalProperties: false, minProperties: 1 },
);

const StaffParams = Type.Object({ id: Type.String({ maxLength: 40 }) }, { additionalProperties: false });

export const staffManagementRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['staff'], security: [{ bearer: [] }] };

  app.get(
    '/staff',
    {
      config: { permission: 'staff:manage' },
      schema: {
        ...common,
        summary: 'List staff',
        querystring: PageQuery,
        response: { 200: pageOf(StaffSchema) },
      },
    },
    async (request) =>
      listStaff(request.ctx, { limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  );

  app.post(
    '/staff',
    {
      config: { permission: 'staff:manage' },
      schema: {
        ...common,
        summary: 'Add a staff member',
        body: CreateStaffBody,
        response: { 201: StaffSchema },
      },
    },
    async (request, reply) => {
      const created = unwrap(await createStaff(request.ctx, request.body));
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/staff/:id',
    {
      config: { permission: 'staff:manage' },
      schema: {
        ...common,
        summary: "Change a staff member's role or status",
        params: StaffParams,
        body: UpdateStaffBody,
        response: { 200: StaffSchema },
      },
    },
    async (request) => unwrap(await updateStaff(request.ctx, request.params.id, request.body)),
  );
};
