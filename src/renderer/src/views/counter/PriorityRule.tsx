import { useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';

/** The priority rule in force, in setup's own words (Quản trị → Cài đặt chung), so the official knows who is next. */
export function PriorityRule() {
  const { t } = useTranslation('counter');
  const admin = useTranslation('admin').t;
  const policy = useCenter().settings.priorityPolicy;
  return (
    <p className="priority-rule" data-testid="priority-rule">
      <strong>{t('priorityRule')}:</strong>{' '}
      {policy.kind === 'ratio'
        ? admin('settings.policyHelp.ratio', { n: policy.regularPerPriority })
        : admin('settings.policyHelp.strict')}
    </p>
  );
}
