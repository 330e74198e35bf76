enum WorkflowTrigger
{
    PullRequest,
    PushToMain,
}
