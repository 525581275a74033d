package org.nineones.model;

public enum Gender { MALE, FEMALE }
