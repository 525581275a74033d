package org.nineones.cli;

import org.nineones.model.AppVersion;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"nineones " + AppVersion.get()};
    }
}
