/** Programs, their tracks and modules, and their budgets. */
package dev.praxis.program;
