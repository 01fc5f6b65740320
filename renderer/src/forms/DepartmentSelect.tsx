import type { Department } from '../../../contract/plan-format.ts';

interface DepartmentSelectProps {
  id: string;
  departments: readonly Department[];
  value: string;
  error: string | undefined;
  onChange: (departmentId: string) => void;
}

export function DepartmentSelect({ id, departments, value, error, onChange }: DepartmentSelectProps) {
  return (
    <select
      id={id}
      className="select"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-required="true"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </select>
  );
}
