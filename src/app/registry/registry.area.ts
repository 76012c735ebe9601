/** The registry area: the org tree and the institution directory (学校名录). */
import { REGISTRY_PERMISSIONS } from '../../domain/registry/registry.permissions.ts';
import { defineArea } from '../area.ts';
import { RegistryService } from './registry.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    registry: RegistryService;
  }
}

export const registryArea = defineArea({
  name: 'registry',
  title: '学校名录',
  permissions: REGISTRY_PERMISSIONS,
  create: (ctx) => ({ registry: new RegistryService(ctx.db, ctx.data) }),
});
