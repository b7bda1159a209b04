import { useTranslation } from 'react-i18next';
import { localizeParams, type PackProblem } from '../../../shared/board/problems.ts';
import { usePreferences } from '../stores/index.ts';

/** Problems in a board pack, each with where it is and a sentence in the UI language. */
export function ProblemList({ problems }: { problems: PackProblem[] }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>
          <span className="problem-where">
            {t('import.where', { file: problem.file, line: problem.line, column: problem.column })}
            {problem.path && <code> {problem.path}</code>}
          </span>
          <span className="problem-message">
            {t(`problems.${problem.code}` as 'problems.invalid', {
              ...localizeParams(problem.params, language),
              defaultValue: problem.message,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
