namespace EcsGitOps.Delivery.Images;

public enum ElfMachine : ushort
{
    X64 = 0x3E,
    Arm64 = 0xB7,
}
