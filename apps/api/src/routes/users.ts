import { Router } from 'express';
import { ZUser, ZUserCreateInput, ZUserList, ZUserParams, ZUserUpdateInput } from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  createFederationUser,
  listFederationUsers,
  updateFederationUser,
} from '../services/user-admin-service.ts';

/** /api/users: accounts and roles of the förbund, for admins only. */
export function createUsersRouter({ prisma }: TAppDependencies): Router {
  const router = Router();
  router.use(requireRole('ADMIN'));

  router.get('/', async (req, res) => {
    res.json(await listFederationUsers(prisma, currentUser(req)));
  });

  router.post(
    '/',
    validate({ body: ZUserCreateInput }, async ({ body }, req, res) => {
      res.status(201).json(await createFederationUser(prisma, currentUser(req), body));
    }),
  );

  router.patch(
    '/:id',
    validate(
      { params: ZUserParams, body: ZUserUpdateInput },
      async ({ params, body }, req, res) => {
        res.json(await updateFederationUser(prisma, currentUser(req), params.id, body));
      },
    ),
  );

  return router;
}

export const usersRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/users',
    tag: 'Användare',
    summary: 'Förbundets användarkonton (admin); lösenord visas aldrig',
    roles: ['ADMIN'],
    responses: { 200: { description: 'Konton, sorterade på e-post', schema: ZUserList } },
  },
  {
    method: 'post',
    path: '/users',
    tag: 'Användare',
    summary:
      'Skapa ett konto (admin); lösenord minst 12 tecken; insatser bara för insatsansvariga i samma förbund',
    roles: ['ADMIN'],
    request: { body: ZUserCreateInput },
    responses: { 201: { description: 'Kontot skapades', schema: ZUser } },
  },
  {
    method: 'patch',
    path: '/users/{id}',
    tag: 'Användare',
    summary:
      'Ändra roll, namn, aktiv, insatser eller lösenord (admin); inaktivering avslutar sessionerna; kräver version',
    roles: ['ADMIN'],
    request: { params: ZUserParams, body: ZUserUpdateInput },
    responses: { 200: { description: 'Kontot efter ändringen', schema: ZUser } },
  },
];
