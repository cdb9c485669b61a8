/**
 * A speaker's scorecard: how their reviewed claims split across the rating scale, in the scale's
 * order (the numbered ratings best first, then Unproven), as a pure function of the ratings.
 */
import { RATING_IDS, type RatingId } from './ratings';

export interface ScoreLine {
  rating: RatingId;
  count: number;
}

export function scorecard(ratings: RatingId[]): { lines: ScoreLine[]; total: number } {
  const lines = RATING_IDS.map((rating) => ({ rating, count: ratings.filter((r) => r === rating).length }));
  return { lines, total: ratings.length };
}
