/**
 * A rule as an official reads it: its Chinese name as the label, its code (CB-G04, PU-P01 …) after
 * it, small and grey, for whoever needs to find it in the rule pack or the export.
 */
import type { ReactNode } from 'react';
import './standards.css';

export function RuleCode({ id }: { id: string }) {
  return <span className="rule-code">{id}</span>;
}

export function RuleName({ name, id, children }: { name: string; id: string; children?: ReactNode }) {
  return (
    <span className="rule-label" data-rule={id}>
      <span className="rule-name">{name}</span>
      {children}
      <RuleCode id={id} />
    </span>
  );
}
