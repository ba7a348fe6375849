import { describe, expect, it } from 'vitest';
import { chooseRenderer, rendererOverride } from '../../../web/src/renderer.js';

describe('canvas or WebGL (issue 18)', () => {
  it('chooses WebGL only for a hardware GPU', () => {
    const hardware = [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
      'AMD Radeon RX 6600',
    ];
    for (const gpu of hardware)
      expect(chooseRenderer(gpu, null), gpu).toEqual({ name: 'webgl', why: 'gpu', gpu });
  });

  it('keeps canvas for software rasterisers (this machine: SwiftShader) and without WebGL', () => {
    const software = [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Mesa, llvmpipe (LLVM 15.0.6 256 bits), OpenGL 4.5)',
      'Microsoft Basic Render Driver',
      'lavapipe',
    ];
    for (const gpu of software)
      expect(chooseRenderer(gpu, null), gpu).toEqual({ name: 'canvas', why: 'software', gpu });
    expect(chooseRenderer(null, null)).toEqual({ name: 'canvas', why: 'none', gpu: null });
    expect(chooseRenderer('', null).name).toBe('canvas');
  });

  it('lets the URL override the choice either way', () => {
    expect(rendererOverride('?renderer=webgl')).toBe('webgl');
    expect(rendererOverride('?region=region:dalian&renderer=canvas')).toBe('canvas');
    expect(rendererOverride('?renderer=gpu')).toBeNull();
    expect(rendererOverride('')).toBeNull();
    expect(chooseRenderer('Google SwiftShader', 'webgl')).toEqual({
      name: 'webgl',
      why: 'override',
      gpu: 'Google SwiftShader',
    });
    expect(chooseRenderer('NVIDIA GeForce RTX 3060', 'canvas').name).toBe('canvas');
  });
});
