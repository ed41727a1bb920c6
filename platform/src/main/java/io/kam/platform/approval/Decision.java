package io.kam.platform.approval;

/** What an approver decides: approve (or agree, on an opinion step), reject, or return for revision. */
public enum Decision { APPROVE, REJECT, RETURN }
