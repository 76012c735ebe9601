/** In place of a registry page the role may not see (e.g. the security auditor's): says so. */
import { PageNoAccess } from '../../components/PageStates';
import { labelOf } from '../../labels';
import { useI18n } from '../../i18n/i18n';
import type { PageContext } from '../area';

export default function NoAccessPage({ c }: { c: PageContext }) {
  const { t } = useI18n();
  return <PageNoAccess role={labelOf(t, 'role', c.session.role.code)} onHome={() => c.navigate('/')} />;
}
