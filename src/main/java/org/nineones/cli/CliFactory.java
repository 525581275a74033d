package org.nineones.cli;

import java.lang.reflect.Constructor;

import org.nineones.app.Services;

import picocli.CommandLine;

/** Gives each command that wants them the services, through a constructor taking {@link Services}. */
final class CliFactory implements CommandLine.IFactory {

    private final Services services;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(Services services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            Constructor<K> constructor = cls.getDeclaredConstructor(Services.class);
            constructor.setAccessible(true);
            return constructor.newInstance(services);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
