"""Settings: defaults < file < environment < flags."""
import pytest

from newsevents.errors import SettingsError
from newsevents.settings import Settings, load_settings


def test_defaults(tmp_path):
    assert load_settings(env={}, cwd=tmp_path) == Settings()


def test_file_then_environment_then_flags(tmp_path):
    (tmp_path / "newsevents.toml").write_text('db = "file.db"\nworkers = 3\nmodel = "none"\n')
    assert load_settings(env={}, cwd=tmp_path).db == "file.db"
    from_env = load_settings(env={"NEWSEVENTS_DB": "env.db", "NEWSEVENTS_WORKERS": "2"}, cwd=tmp_path)
    assert (from_env.db, from_env.workers, from_env.model) == ("env.db", 2, "none")
    flags = load_settings({"db": "flag.db", "workers": None}, env={"NEWSEVENTS_DB": "env.db"}, cwd=tmp_path)
    assert (flags.db, flags.workers) == ("flag.db", 3)


def test_bad_values_and_unknown_keys_name_the_problem(tmp_path):
    with pytest.raises(SettingsError, match="workers"):
        load_settings(env={"NEWSEVENTS_WORKERS": "many"}, cwd=tmp_path)
    (tmp_path / "newsevents.toml").write_text('colour = "blue"\n')
    with pytest.raises(SettingsError, match="colour"):
        load_settings(env={}, cwd=tmp_path)


def test_user_dictionaries_from_a_list_in_the_file_or_a_path_list_in_the_environment(tmp_path):
    import os
    (tmp_path / "newsevents.toml").write_text('verbs = ["a.verbs.txt", "b.verbs.txt"]\n')
    settings = load_settings(env={"NEWSEVENTS_ACTORS": os.pathsep.join(["x.actors", "y.actors"])}, cwd=tmp_path)
    assert settings.dictionary_paths() == {"actors": ("x.actors", "y.actors"), "agents": (),
                                           "verbs": ("a.verbs.txt", "b.verbs.txt"), "discards": ()}
    assert Settings().dictionary_paths() == {"actors": (), "agents": (), "verbs": (), "discards": ()}
