/** Measurement: the four Kirkpatrick levels, the 30/60/90-day behaviour checks, KPIs and target behaviours. */
package dev.praxis.measurement;
