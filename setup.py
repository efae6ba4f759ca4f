"""Builds the Python module kobi with the project's CMake build (pip install .).

Configures a CMake tree under build-pip/ with only the libraries and the Python extension,
builds target kobi_python and copies build-pip/.../python/kobi/ (the extension, __init__.py,
the type stubs) into the wheel. Set KOBI_JOBS to cap build parallelism.
"""
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

SOURCE = os.path.dirname(os.path.abspath(__file__))


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build = os.path.abspath(os.path.join(self.build_temp, "cmake"))
        generator = ["-G", "Ninja"] if shutil.which("ninja") else []
        subprocess.check_call([
            "cmake", "-S", SOURCE, "-B", build, *generator,
            "-DCMAKE_BUILD_TYPE=Release", "-DKOBI_BUILD_TESTS=OFF", "-DKOBI_BUILD_BENCH=OFF",
            "-DKOBI_BUILD_FUZZ=OFF", "-DKOBI_INSTALL=OFF", "-DKOBI_BUILD_PYTHON=ON",
            f"-DPython_EXECUTABLE={sys.executable}",
        ])
        jobs = os.environ.get("KOBI_JOBS", str(os.cpu_count() or 1))
        subprocess.check_call(["cmake", "--build", build, "--target", "kobi_python", "-j", jobs])
        target = os.path.dirname(os.path.abspath(self.get_ext_fullpath(ext.name)))
        os.makedirs(target, exist_ok=True)
        package = os.path.join(build, "python", "kobi")
        for name in os.listdir(package):
            shutil.copy2(os.path.join(package, name), os.path.join(target, name))


setup(
    packages=["kobi"],
    package_dir={"kobi": "python/kobi"},
    package_data={"kobi": ["__init__.pyi", "py.typed"]},
    ext_modules=[CMakeExtension("kobi._kobi")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
