/// What a metric check that finds no data in its window counts as (--no-data): a failed check unless the user says otherwise.
enum NoData { Fail, Pass }
