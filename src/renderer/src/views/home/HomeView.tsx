/** `/`: sends a signed-in device to its own screen; otherwise explains how to sign it in. */
import { useEffect } from 'react';
import { DEVICE_ROLES } from '../../../../shared/domain';
import { CenterGate } from '../../components/CenterGate';
import { navigate } from '../../navigation';
import { homeOf } from '../../routes';
import { useCenter } from '../../state/use-center';

function Redirect() {
  const { session } = useCenter();
  useEffect(() => navigate(homeOf(session.device), { replace: true }), [session.device]);
  return null;
}

export function HomeView() {
  return (
    <CenterGate roles={[...DEVICE_ROLES]}>
      <Redirect />
    </CenterGate>
  );
}
