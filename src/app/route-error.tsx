import { Link, useRouteError } from 'react-router';

export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const error = useRouteError();
  const message = notFound
    ? 'There is no page at this address.'
    : error instanceof Error
      ? error.message
      : 'Something went wrong.';
  return (
    <div className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p className="mt-2 text-slate-600">{message}</p>
      <Link to="/" className="mt-4 inline-block font-semibold text-indigo-700 underline">
        Back to today's practice
      </Link>
    </div>
  );
}
