package io.kam.credit.domain;

/** Why a tier changed; carried by {@code kam.credit.upgraded} / {@code kam.credit.downgraded}. */
public enum TierChangeReason { FULFILMENT_BELOW_THRESHOLD, VOLUME, EVALUATION, CHANGE_REQUEST }
