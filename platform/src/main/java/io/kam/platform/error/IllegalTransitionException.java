package io.kam.platform.error;

import java.util.Collection;
import java.util.List;

/** 409: the action is not allowed in the current state; says which actions are. */
public class IllegalTransitionException extends ProblemException {

  public IllegalTransitionException(String entity, Object currentState, String action, Collection<?> allowed) {
    super(409, "illegal-transition", "Action not allowed in the current state",
        "cannot " + action + " " + entity + " in state " + currentState);
    with("currentState", String.valueOf(currentState));
    with("allowedTransitions", allowed.stream().map(String::valueOf).toList());
  }

  public IllegalTransitionException(String entity, Object currentState, String action) {
    this(entity, currentState, action, List.of());
  }
}
