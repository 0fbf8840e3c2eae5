/** The AWS Skill Builder plugin: learner progress from CSV exports (AWS publishes no reporting API). */
package dev.praxis.plugins.awsskillbuilder;
