/** Cohorts of a track, their participants (enrollments) and how far each participant has come. */
package dev.praxis.cohort;
