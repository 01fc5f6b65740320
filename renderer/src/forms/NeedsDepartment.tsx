import { routeHref } from '../state/routes.ts';

/** Goals and tactics belong to a department, so their forms cannot work until one exists. */
export function NeedsDepartment({ what }: { what: string }) {
  return (
    <p className="inline-form__note">
      A {what} belongs to a department, and this plan has none yet.{' '}
      <a href={routeHref('departments')}>Add a department</a> first.
    </p>
  );
}
