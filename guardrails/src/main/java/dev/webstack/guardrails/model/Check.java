package dev.webstack.guardrails.model;


/** Looks at the recorded resource graph and reports what breaks a rule. */
@FunctionalInterface
public interface Check {

    void run(Graph graph, Findings findings);
}
