package org.nineones.model;

public enum EmployeeStatus { ACTIVE, ON_LEAVE, LEFT }
