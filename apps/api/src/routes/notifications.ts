import { Router } from 'express';
import { z } from 'zod/mini';
import {
  ZId,
  ZNotificationList,
  ZNotificationPreferences,
  ZNotificationSettings,
  ZOutbox,
  ZUpdateNotificationPreferencesInput,
  ZUpdateNotificationSettingsInput,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  getNotificationPreferences,
  getNotificationSettings,
  getOutbox,
  listNotifications,
  readAllNotifications,
  readNotification,
  updateNotificationPreferences,
  updateNotificationSettings,
} from '../services/notification-service.ts';

const ZIdParams = z.object({ id: ZId });
const ALL = ['BOARD', 'LEAD', 'OFFICE', 'ADMIN'] as const;

/** Notiser (the bell), the user's e-mail choice, the office's outbox (Utskick) and reminder settings. */
export function createNotificationsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();
  router.get('/notifications', requireAuth, async (req, res) => {
    res.json(await listNotifications(prisma, currentUser(req)));
  });
  router.post('/notifications/read-all', requireAuth, async (req, res) => {
    res.json(await readAllNotifications(prisma, currentUser(req)));
  });
  router.get('/notifications/preferences', requireAuth, async (req, res) => {
    res.json(await getNotificationPreferences(prisma, currentUser(req)));
  });
  router.put(
    '/notifications/preferences',
    requireAuth,
    validate({ body: ZUpdateNotificationPreferencesInput }),
    async (req, res) => {
      res.json(await updateNotificationPreferences(prisma, currentUser(req), req.body));
    },
  );
  router.post(
    '/notifications/:id/read',
    requireAuth,
    validate({ params: ZIdParams }),
    async (req, res) => {
      res.json(await readNotification(prisma, currentUser(req), req.params.id as string));
    },
  );
  router.get('/outbox', requireRole('OFFICE'), async (req, res) => {
    res.json(await getOutbox(prisma, currentUser(req)));
  });
  router.get('/notification-settings', requireRole('OFFICE'), async (req, res) => {
    res.json(await getNotificationSettings(prisma, currentUser(req)));
  });
  router.put(
    '/notification-settings',
    requireRole('OFFICE'),
    validate({ body: ZUpdateNotificationSettingsInput }),
    async (req, res) => {
      res.json(await updateNotificationSettings(prisma, currentUser(req), req.body));
    },
  );
  return router;
}

const list = { 200: { description: 'Dina notiser, nyaste först', schema: ZNotificationList } };

export const notificationRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/notifications',
    tag: 'Notiser',
    summary: 'Den inloggades notiser (högst 50, nyaste först) och antal olästa',
    roles: [...ALL],
    responses: list,
  },
  {
    method: 'post',
    path: '/notifications/read-all',
    tag: 'Notiser',
    summary: 'Markera alla egna notiser som lästa',
    roles: [...ALL],
    responses: list,
  },
  {
    method: 'post',
    path: '/notifications/{id}/read',
    tag: 'Notiser',
    summary: 'Markera en egen notis som läst (en annans: 404)',
    roles: [...ALL],
    request: { params: ZIdParams },
    responses: list,
  },
  {
    method: 'get',
    path: '/notifications/preferences',
    tag: 'Notiser',
    summary: 'Om den inloggade vill få påminnelser via e-post',
    roles: [...ALL],
    responses: { 200: { description: 'Valet', schema: ZNotificationPreferences } },
  },
  {
    method: 'put',
    path: '/notifications/preferences',
    tag: 'Notiser',
    summary: 'Stäng av eller slå på påminnelser via e-post (beslut skickas alltid)',
    roles: [...ALL],
    request: { body: ZUpdateNotificationPreferencesInput },
    responses: { 200: { description: 'Valet', schema: ZNotificationPreferences } },
  },
  {
    method: 'get',
    path: '/outbox',
    tag: 'Notiser',
    summary: 'Utskick: varje e-postmeddelande med mottagare, status, försök och fel (kansliet)',
    roles: ['OFFICE'],
    responses: { 200: { description: 'De senaste 200 meddelandena', schema: ZOutbox } },
  },
  {
    method: 'get',
    path: '/notification-settings',
    tag: 'Notiser',
    summary: 'Förbundets påminnelser: dagar före förfallodag, intervall vid försening, veckodag',
    roles: ['OFFICE'],
    responses: { 200: { description: 'Inställningarna', schema: ZNotificationSettings } },
  },
  {
    method: 'put',
    path: '/notification-settings',
    tag: 'Notiser',
    summary: 'Ändra förbundets påminnelser (409 om någon annan hann före)',
    roles: ['OFFICE'],
    request: { body: ZUpdateNotificationSettingsInput },
    responses: { 200: { description: 'Inställningarna', schema: ZNotificationSettings } },
  },
];
