package org.nineones.model;

/** What kind of post it is; decides which duties, training hours and checks apply. */
public enum PostCategory {
    PRINCIPAL, SAFETY_DEPUTY, SAFETY_MANAGER, DEPARTMENT_HEAD, WORKSHOP_HEAD, TEAM_LEADER, OPERATOR, SPECIAL_OPERATION;

    /** Principal and safety management posts get the longer management training. */
    public boolean isManagement() {
        return this == PRINCIPAL || this == SAFETY_DEPUTY || this == SAFETY_MANAGER;
    }
}
