package io.envtune.env.filesystem.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.TaskDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.osgi.service.component.annotations.Component;

/**
 * Generates GorillaFileSystem tasks: a random tree (a user's home with two to four folders, some nested, some empty,
 * files of one to five lines), then turns of requests drawn from every tool, each checked against the generator's
 * model of the tree so the ground truth replays without an error. Ids {@code gen_filesystem_<split>_<seed>_<i>}.
 */
@Component(service = TaskGenerator.class)
public final class FileSystemGenerator extends DraftGenerator {

    /** Creates the component; it has no configuration. */
    public FileSystemGenerator() {
        super(FileSystemTable.OWNER, "filesystem");
    }

    @Override
    protected TaskDraft draft(DraftContext c) {
        FsModel model = tree(c.random());
        TaskDraft draft = new TaskDraft(FileSystemTable.OWNER, model.scenarioJson());
        List<IntFunction<Request>> menu = new ArrayList<>(new FsReading(model, c.wording()).menu());
        menu.addAll(new FsEditing(model, c.wording()).menu());
        for (int t = 0; t < c.turns(); t++) {
            draft.turn(c.fillTurn(menu));
        }
        return draft;
    }

    private static FsModel tree(SplittableRandom r) {
        FsModel model = new FsModel(FsVocabulary.pick(FsVocabulary.USERS, r));
        addFiles(model.root, 1 + r.nextInt(3), r);
        List<String> dirs = new ArrayList<>(FsVocabulary.DIRS);
        for (int n = 2 + r.nextInt(3); n > 0; n--) {
            FsModel.Dir d = model.root.addDir(dirs.remove(r.nextInt(dirs.size())));
            addFiles(d, r.nextInt(4), r);
            if (r.nextInt(10) < 3) {
                addFiles(d.addDir(dirs.remove(r.nextInt(dirs.size()))), 1 + r.nextInt(2), r);
            }
        }
        return model;
    }

    private static void addFiles(FsModel.Dir d, int count, SplittableRandom r) {
        for (int i = 0; i < count; i++) {
            String name = FsVocabulary.file(r);
            if (!d.entries.containsKey(name)) {
                d.entries.put(name, FsVocabulary.content(r));
            }
        }
    }
}
