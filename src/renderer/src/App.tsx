import { lazy, Suspense, useState } from 'react';
import { CenterGate } from './components/CenterGate';
import { DatabaseProblemLine } from './components/DatabaseProblemLine';
import { useTranslation } from './i18n';
import { usePathname } from './navigation';
import { rolesOpening } from './routes';
import { CenterStore } from './state/center-store';
import { CenterContext } from './state/use-center';
import { HomeView } from './views/home/HomeView';
import { SignInView } from './views/signin/SignInView';

const GreeterView = lazy(() => import('./views/greeter/GreeterView'));
const CounterView = lazy(() => import('./views/counter/CounterView'));
const DisplayView = lazy(() => import('./views/display/DisplayView'));
const BoardView = lazy(() => import('./views/board/BoardView'));
const AdminView = lazy(() => import('./views/admin/AdminView'));
// Setup with a damaged database whose center cannot be read: the backup tab alone, to restore the newest copy.
const RestoreOnly = lazy(() => import('./views/admin/backup/RestoreOnly'));
const ReportsView = lazy(() => import('./views/reports/ReportsView'));
const RatingView = lazy(() => import('./views/rating/RatingView'));
const KioskView = lazy(() => import('./views/kiosk/KioskView'));

/** Screens open by role at their own address (who may open which: the role table); all are this one app. */
export function App() {
  const pathname = usePathname();
  const [store] = useState(() => new CenterStore());
  const counter = /^\/counter\/(\d+)$/.exec(pathname);
  const board = /^\/board\/(\d+)$/.exec(pathname);
  let screen;
  if (pathname === '/signin') return <SignInView />;
  else if (pathname === '/') screen = <HomeView />;
  else if (pathname === '/greeter')
    screen = (
      <CenterGate roles={rolesOpening('greeter')}>
        <GreeterView />
      </CenterGate>
    );
  else if (counter)
    screen = (
      <CenterGate roles={rolesOpening('counter')}>
        <CounterView servicePointId={Number(counter[1])} />
      </CenterGate>
    );
  else if (pathname === '/display')
    screen = (
      <CenterGate roles={rolesOpening('display')}>
        <DisplayView />
      </CenterGate>
    );
  else if (board)
    screen = (
      <CenterGate roles={rolesOpening('board')}>
        <BoardView servicePointId={Number(board[1])} />
      </CenterGate>
    );
  else if (pathname === '/rating')
    screen = (
      <CenterGate roles={rolesOpening('rating')}>
        <RatingView />
      </CenterGate>
    );
  else if (pathname === '/kiosk')
    screen = (
      <CenterGate roles={rolesOpening('kiosk')}>
        <KioskView />
      </CenterGate>
    );
  else if (pathname === '/admin' || pathname.startsWith('/admin/'))
    screen = (
      <CenterGate roles={rolesOpening('admin')} damaged={<RestoreOnly />}>
        <AdminView />
      </CenterGate>
    );
  else if (pathname === '/reports' || pathname.startsWith('/reports/'))
    screen = (
      <CenterGate roles={rolesOpening('reports')}>
        <ReportsView />
      </CenterGate>
    );
  else screen = <NotFound />;
  return (
    <CenterContext.Provider value={store}>
      <Suspense fallback={null}>{screen}</Suspense>
      <DatabaseProblemLine />
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
