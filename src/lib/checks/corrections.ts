/**
 * A record's corrections: real dates between its first publication and today, newest first,
 * notes of a readable length in both languages, and a rating chain that holds together (each
 * rating change names the rating it replaced, which must differ from the one that replaced it).
 */
import { NOTE_LENGTH, noteLength } from '../corrections';
import { LOCALES } from '../i18n';
import type { RatingId } from '../ratings';
import type { Correction } from '../schemas';
import { checkDateSpan, problem, type ContentProblem } from './context';

/** The note of correction `field` in each language: a sentence or two, not a word and not an essay. */
function checkNote(file: string, field: string, c: Correction): ContentProblem[] {
  return LOCALES.flatMap((locale) => {
    const length = noteLength(c.note[locale], locale);
    const { min, max } = NOTE_LENGTH[locale];
    if (length >= min && length <= max) return [];
    const unit = locale === 'en' ? 'words' : 'characters';
    return [
      problem(
        file,
        `${field}.note.${locale}`,
        `${length} ${unit}; a note says what was wrong and what the page says now in ${min}-${max} ${unit}`,
      ),
    ];
  });
}

/**
 * `rating` is the record's current rating; records without one cannot change rating. Walking the
 * list newest first, `after` is the rating each entry changed to.
 */
export function checkCorrections(
  file: string,
  record: { first: string; firstField: string; rating?: RatingId; corrections: Correction[] },
  today: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let after = record.rating;
  record.corrections.forEach((c, i) => {
    const field = `corrections[${i}]`;
    problems.push(...checkDateSpan(file, `${field}.date`, c.date, record, today));
    const newer = record.corrections[i - 1];
    if (newer && c.date > newer.date) {
      problems.push(
        problem(
          file,
          `${field}.date`,
          `${c.date} is newer than corrections[${i - 1}] (${newer.date}): list corrections newest first`,
        ),
      );
    }
    problems.push(...checkNote(file, field, c));
    if (c.kind === 'rating-change') {
      if (!after) {
        problems.push(problem(file, `${field}.kind`, 'only a claim has a rating to change'));
      } else if (!c.previousRating) {
        problems.push(problem(file, `${field}.previousRating`, 'a rating-change must name the previous rating'));
      } else if (c.previousRating === after) {
        problems.push(
          problem(
            file,
            `${field}.previousRating`,
            `"${c.previousRating}" is the rating it changed to; name the rating it replaced`,
          ),
        );
      } else {
        after = c.previousRating;
      }
    } else if (c.previousRating) {
      problems.push(
        problem(
          file,
          `${field}.previousRating`,
          `only a rating-change has a previous rating (this entry is a ${c.kind})`,
        ),
      );
    }
  });
  return problems;
}
