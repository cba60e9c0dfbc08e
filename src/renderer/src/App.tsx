import { lazy, Suspense, useState } from 'react';
import { CenterGate } from './components/CenterGate';
import { useTranslation } from './i18n';
import { usePathname } from './navigation';
import { CenterStore } from './state/center-store';
import { CenterContext } from './state/use-center';
import { HomeView } from './views/home/HomeView';
import { SignInView } from './views/signin/SignInView';

const GreeterView = lazy(() => import('./views/greeter/GreeterView'));
const CounterView = lazy(() => import('./views/counter/CounterView'));
const DisplayView = lazy(() => import('./views/display/DisplayView'));
const AdminView = lazy(() => import('./views/admin/AdminView'));
const ReportsView = lazy(() => import('./views/reports/ReportsView'));
const RatingView = lazy(() => import('./views/rating/RatingView'));

/** Screens open by role at their own address; all are this one app. */
export function App() {
  const pathname = usePathname();
  const [store] = useState(() => new CenterStore());
  const counter = /^\/counter\/(\d+)$/.exec(pathname);
  let screen;
  if (pathname === '/signin') return <SignInView />;
  else if (pathname === '/') screen = <HomeView />;
  else if (pathname === '/greeter')
    screen = (
      <CenterGate roles={['greeter', 'admin']}>
        <GreeterView />
      </CenterGate>
    );
  else if (counter)
    screen = (
      <CenterGate roles={['counter', 'admin']}>
        <CounterView servicePointId={Number(counter[1])} />
      </CenterGate>
    );
  else if (pathname === '/display')
    screen = (
      <CenterGate roles={['display', 'admin', 'greeter', 'counter', 'reports']}>
        <DisplayView />
      </CenterGate>
    );
  else if (pathname === '/rating')
    screen = (
      <CenterGate roles={['rating']}>
        <RatingView />
      </CenterGate>
    );
  else if (pathname === '/admin' || pathname.startsWith('/admin/'))
    screen = (
      <CenterGate roles={['admin']}>
        <AdminView />
      </CenterGate>
    );
  else if (pathname === '/reports' || pathname.startsWith('/reports/'))
    screen = (
      <CenterGate roles={['reports', 'admin']}>
        <ReportsView />
      </CenterGate>
    );
  else screen = <NotFound />;
  return (
    <CenterContext.Provider value={store}>
      <Suspense fallback={null}>{screen}</Suspense>
    </CenterContext.Provider>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="page page--centered">
      <h1>{t('notFound')}</h1>
      <a className="button" href="/">
        {t('goHome')}
      </a>
    </main>
  );
}
