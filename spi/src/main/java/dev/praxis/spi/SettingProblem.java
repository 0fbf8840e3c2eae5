package dev.praxis.spi;

import static java.util.Objects.requireNonNull;

/** Why a setting cannot be used: the setting's name and a sentence a person can act on. */
public record SettingProblem(String setting, String message) {

    public SettingProblem {
        requireNonNull(setting, "setting is null");
        requireNonNull(message, "message is null");
    }
}
