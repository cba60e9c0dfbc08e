import { Bilingual } from './components/Bilingual';
import { messages } from './i18n';
import { usePathname } from './navigation';
import { SignInView } from './views/signin/SignInView';
import { StatusView } from './views/status/StatusView';

export function App() {
  const pathname = usePathname();
  if (pathname === '/signin') return <SignInView />;
  if (pathname === '/') return <StatusView />;
  return (
    <main className="page page--centered">
      <h1>
        <Bilingual text={messages.notFound} />
      </h1>
      <a className="button" href="/">
        <Bilingual text={messages.goToStatus} inline />
      </a>
    </main>
  );
}
